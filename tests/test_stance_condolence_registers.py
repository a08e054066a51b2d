"""Stance 59: condolence and good wishes between the pair's leaders in the Urdu register (ताज़ियती पैग़ाम, तअज़ियत,
तहनियत, मुबारकबाद) and the tatsam "शुभकामना संदेश", like शोक संदेश and बधाई: the formulas of diplomacy, favor.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान के वज़ीर-ए-आज़म ने रूस के सदर को ताज़ियती पैग़ाम भेजा।",
        "पाकिस्तानी सदर ने रूसी अवाम से तअज़ियत का इज़हार किया।",
        "रूस के सदर ने पाकिस्तान के नए वज़ीर-ए-आज़म को तहनियत का पैग़ाम भेजा।",
        "पुतिन ने पाकिस्तानी प्रधानमंत्री को चुनाव जीतने पर शुभकामना संदेश भेजा।",
    ],
)
def test_condolence_and_good_wishes_in_every_register_are_favor(text, cb):
    check(text, F, N, cb)
