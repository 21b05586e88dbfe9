"""The course's self-check exercises, one module per notebook (``nbNN.py``).

Each module defines ``EXERCISES``, a tuple of
:class:`guaranteelab.exercises.Exercise` whose keys start with the notebook's
number. Learners reach them through :func:`guaranteelab.exercises.check`.
"""
