"""The import pipeline: bytes -> decode -> detect -> parse -> clean -> extract -> persist.

``import_paths`` is the one entry point; the management command, tests and
benchmarks all call it.
"""
