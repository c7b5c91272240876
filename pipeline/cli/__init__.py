"""The `talentflow` command: the only layer that prints or exits.
"""
