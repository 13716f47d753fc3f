"""Shared by the held-out lemmatiser checks: run `stakeholders lemma` on a sample and print the score."""
import subprocess


def score(binary, kind, sample, label):
    """Lemmatise the forms of `sample` ((form, expected nominative) pairs) as `kind`; print misses and the score."""
    out = subprocess.run([binary, "lemma", "--kind", kind] + [s for s, _ in sample],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    misses = [(s, got, want) for (s, want), got in zip(sample, out) if got != want]
    for s, got, want in misses:
        print(f"  {s} → {got} (want {want})")
    print(f"{label}: {len(sample) - len(misses)}/{len(sample)} correct")
