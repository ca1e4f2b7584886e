"""Reading a transcript: moves, rubric and debrief. Pure functions; imports nothing of ours.

- ``scoring.moves``: ``recognise(text, Context) -> tuple[Move, ...]`` and the label sets.
- ``scoring.transcript``: ``Turn``, ``Transcript``, ``parse``/``from_data``, ``TranscriptError``.
- ``scoring.facts``: ``ScenarioFacts`` (what a scenario file tells the scorer).
- ``scoring.scorecard``: ``score(transcript, facts=None) -> Scorecard`` (``.to_json()``),
  built from ``scoring.calmness``, ``scoring.boundary`` and ``scoring.resolution``, which
  also read ``scoring.tone`` (tone marks) and ``scoring.steps`` (instructions, information).
- ``scoring.debrief``: ``build_debrief``, ``render_text(debrief, width)``, ``Debrief.to_json()``.
- ``scoring.weights``: every number the rubric uses, in one table.
"""
