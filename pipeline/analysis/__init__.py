"""Across articles: merging records into moves and flows, the HTML report,
and the headless browser that checks it.
"""
