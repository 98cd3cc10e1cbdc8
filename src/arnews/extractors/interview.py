"""Interviews: the answers of a question-and-answer text (حوار) are the interviewee's own words.

Arabic newspapers print an interview as questions, often opened by "*" and always closed by "؟", each followed
by a dash ("-", "–", "ـ") and the answer::

    * هل وصلتم لحلول؟ - في الواقع تمكنا من حل 12 شكوى …
    كيف بدأت رحلة ابنك مع الكرة؟
    ـ مثله مثل أي طفل في الحارة …

:func:`interview_answers` finds the answers (at least two, or it is no interview); the speech analysis makes
each a direct quote (``INTERVIEW_ANSWER``) by the person the introduction presents.

>>> t = "التقت الصحيفة الوزير.\\n* ما خططكم؟\\n- سنبني مدارس جديدة.\\n* ومتى؟\\n- العام المقبل."
>>> [(t[a.start:a.end], a.intro_end) for a in interview_answers(t)]
[('سنبني مدارس جديدة.', 22), ('العام المقبل.', 22)]
"""

from __future__ import annotations

from typing import NamedTuple

import regex as re

__all__ = ["Answer", "interview_answers"]

# a question mark, then (over spaces and at most one line break) a dash with a space after it
_ANSWER_DASH = re.compile(r"[؟?][ \t\u00a0]*\n?[ \t\u00a0]*(?P<dash>[-–—ـ])[ \t\u00a0]+(?=\w)")
_QUESTION_MARKERS = "*•■●>"
# a question marker at the start of a line ends the answer before it, even where the question has no "؟"
_MARKED_LINE = re.compile(r"\n[ \t\u00a0]*[*•■●>]")
# with only two answers, the introduction or the headline must say it is an interview
_INTERVIEW_WORDS = re.compile(r"\b[وف]?(?:ال)?(?:حوار|لقاء|حاور\w*|التقت|التقى|التقينا|أجرت|أجرى|أجرينا|اجرت|اجرى|سألنا"
                              r"|سألت|سألناه|سألناها)\b")
_MIN_UNANNOUNCED = 3
_SENTENCE_ENDS = ".!؟?"
_MIN_ANSWERS = 2
_LONGEST_QUESTION = 700  # characters between a question's start and its "؟"


class Answer(NamedTuple):
    """One answer: its dash (the cue), its words, and where the interview's introduction ends."""

    dash: tuple[int, int]
    start: int
    end: int
    intro_end: int


def _question_start(text: str, qmark: int, floor: int) -> int:
    """Where the question that ends at ``qmark`` begins: its "*" marker, else its line, else its sentence
    (never before ``floor``, the end of the answer's dash before it)."""
    lo = max(floor, qmark - _LONGEST_QUESTION)
    marker = max(text.rfind(c, lo, qmark) for c in _QUESTION_MARKERS)
    if marker >= 0:
        return marker
    line = text.rfind("\n", lo, qmark)
    if line >= 0:
        return line + 1
    sentence = max(text.rfind(c, lo, qmark) for c in _SENTENCE_ENDS)
    return sentence + 1 if sentence >= 0 else lo


def interview_answers(text: str) -> list[Answer]:
    """The answers of an interview in ``text``: empty when fewer than two questions are answered, or only two
    and neither the headline nor the introduction speaks of an interview (حوار، لقاء، التقت، أجرى …).

    An answer runs from its dash to the next question (or a line opened by a question marker), or to the end
    of the text."""
    dashes = list(_ANSWER_DASH.finditer(text))
    if len(dashes) < _MIN_ANSWERS:
        return []
    starts = []  # (question start, dash start, dash end, answer start)
    floor = 0
    for m in dashes:
        q = _question_start(text, m.start(), floor)
        starts.append((q, m.start("dash"), m.end("dash"), m.end()))
        floor = m.end()
    intro_end = starts[0][0]
    if len(starts) < _MIN_UNANNOUNCED and not _INTERVIEW_WORDS.search(text, 0, intro_end):
        return []  # two questions and answers in a text that announces no interview: a list, or rhetoric
    answers = []
    for n, (_q, d0, d1, a0) in enumerate(starts):
        a1 = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        marked = _MARKED_LINE.search(text, a0, a1)
        if marked is not None:
            a1 = marked.start()
        while a1 > a0 and (text[a1 - 1].isspace() or text[a1 - 1] in _QUESTION_MARKERS):
            a1 -= 1
        if a1 - a0 >= 2:
            answers.append(Answer((d0, d1), a0, a1, intro_end))
    asking = sum(_asks(text, a) for a in answers)
    if 2 * asking >= len(answers):
        return []  # the dashes open questions, not answers: a column's list of questions to an official
    return answers if len(answers) >= _MIN_ANSWERS else []


_FIRST_STOP = re.compile(r"[.!؟?\n]")
_INTERROGATIVE = re.compile(r"[وف]?(?:لماذا|لم|متى|إلى متى|الى متى|كيف|هل|أين|اين|ماذا|أما آن|أليس)\b")


def _asks(text: str, a: Answer) -> bool:
    """The first sentence of an "answer" is itself a question, or it opens with an interrogative."""
    m = _FIRST_STOP.search(text, a.start, a.end)
    return m is not None and m.group() in "؟?" or _INTERROGATIVE.match(text, a.start) is not None
