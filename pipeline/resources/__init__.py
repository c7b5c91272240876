"""Readers of `pipeline/data/` and of jieba's dictionary (`orgs.tsv`, `surnames.txt`, …),
loaded on first use, and the disk cache of the tables derived from them.
"""
