# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Sample notebook
#
# Used by `tests/test_notebook.py`: a markdown cell, a table holding hostile
# corpus text, a figure, and output that mentions the working directory.

# %%
import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

# %%
articles = pd.DataFrame(
    {
        "doc_id": ["d1", "d2"],
        "title": ["<script>alert(1)</script>", "लावरोव की इस्लामाबाद यात्रा"],
    }
)
articles

# %%
print("working dir:", Path.cwd())
print("hash seed:", os.environ.get("PYTHONHASHSEED"), "epoch:", os.environ.get("SOURCE_DATE_EPOCH"))
print(object())

# %%
fig, ax = plt.subplots(figsize=(3, 2))
ax.bar(["d1", "d2"], [1, 2])
plt.show()
