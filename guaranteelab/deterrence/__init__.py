"""Deterrence: when a threat to fight keeps a challenger from attacking.

The family's models, each in its own submodule and all importable from here:

* :mod:`~guaranteelab.deterrence.classical` (D1): the challenger's
  expected-utility calculation, the credibility threshold, and why capability
  and resolve multiply;
* :mod:`~guaranteelab.deterrence.extended` (D2): extended deterrence with a
  challenger, a guarantor and a protégé, and where war risk peaks;
* :mod:`~guaranteelab.deterrence.signalling` (D3, D4, D5): crisis bargaining
  with private information about resolve, bluffing, audience costs, selection
  effects, and costly signals (tying hands versus sinking costs);
* :mod:`~guaranteelab.deterrence.brinkmanship` (D6, D7): the threat that
  leaves something to chance, and the contest in risk-taking.

Every model here is a stylised reconstruction "after" its sources (see each
submodule), not the published model itself.
"""

from guaranteelab.deterrence.brinkmanship import *  # noqa: F403
from guaranteelab.deterrence.brinkmanship import __all__ as _brinkmanship
from guaranteelab.deterrence.classical import *  # noqa: F403
from guaranteelab.deterrence.classical import __all__ as _classical
from guaranteelab.deterrence.extended import *  # noqa: F403
from guaranteelab.deterrence.extended import __all__ as _extended
from guaranteelab.deterrence.signalling import *  # noqa: F403
from guaranteelab.deterrence.signalling import __all__ as _signalling

__all__ = [*_classical, *_extended, *_signalling, *_brinkmanship]
