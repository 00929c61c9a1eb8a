"""Sentence scorers, one module per algorithm: each turns `Terms` into one score per sentence."""
