"""The relation stage: a Doc's mentions (docview, groups, coref), posts and roles,
résumés, the move rules (`张三加入Meta` -> a record) and their confidence.
"""
