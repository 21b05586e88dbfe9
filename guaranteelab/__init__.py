"""GuaranteeLab: formal models of security guarantees, for teaching.

The library has one module per model family:

* :mod:`guaranteelab.deterrence`: credibility, extended deterrence, signalling
  and brinkmanship;
* :mod:`guaranteelab.reputation`: credibility built or lost across crises;
* :mod:`guaranteelab.moral_hazard`: free riding, emboldened protégés and
  strategic ambiguity;
* :mod:`guaranteelab.entanglement`: abandonment and entrapment, and war
  spreading through alliance networks;
* :mod:`guaranteelab.domestic`: veto players, ratification and drift in
  domestic support;
* :mod:`guaranteelab.design`: a guarantee-design scorecard computed by the
  models above;
* :mod:`guaranteelab.cases`: a dataset of historical guarantees;
* :mod:`guaranteelab.nato_data`: NATO members' defence spending, for the
  burden-sharing unit;

plus :mod:`guaranteelab.labs` (interactive notebook labs),
:mod:`guaranteelab.apps` (every lab as a Voila app),
:mod:`guaranteelab.exercises` (self-checks), :mod:`guaranteelab.course` (the
course outline) and :mod:`guaranteelab.plotting` (the course's figure style). Import the module you need; importing the package
itself loads neither matplotlib nor ipywidgets.
"""

__version__ = "0.1.0"
