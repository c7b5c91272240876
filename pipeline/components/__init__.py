"""What talentflow's spaCy `nlp` is made of: the jieba tokenizer, the factories
(known entities, organizations, persons, cues) and the `Doc._` extensions.
"""
