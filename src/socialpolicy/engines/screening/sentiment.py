"""Lexicon sentiment (VADER) and the offensive-language model, each loaded once, on first use.

The profanity model (alt-profanity-check, scikit-learn) takes over a second to import, so it is
imported only when a draft passes a cheap pre-filter, and scored in batches by the analyzer.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def negativity(text: str) -> float:
    """VADER compound score: -1 (very negative) .. 1 (very positive)."""
    return float(_vader().polarity_scores(text)["compound"])


def profanity_probabilities(texts: Sequence[str]) -> list[float]:
    """Probability that each text is offensive, one batched model call."""
    if not texts:
        return []
    from profanity_check import predict_prob

    return [float(p) for p in predict_prob(list(texts))]
