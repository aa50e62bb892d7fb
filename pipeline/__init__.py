"""ODOP pipeline: India's One District One Product lists as clean, comparable data.

Stages, one module each: sources (the registry), fetch, extract, normalise, validate,
snapshot, diff; refresh runs them for every source, and cli is the command line over them.
"""

__version__ = "0.1.0"
