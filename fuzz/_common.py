"""What the fuzz targets share: where their corpus lives, how it is seeded, how libFuzzer is started."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(name: str, test_one_input: Callable[[bytes], None], seeds: Callable[[], Iterable[bytes]]) -> None:
    """Fuzz ``test_one_input`` with libFuzzer's command line (``sys.argv``).

    Without a corpus directory on the command line, ``fuzz/corpus/NAME`` is used. An
    empty or missing corpus directory is seeded first (with ``seeds()``), and the
    target's dictionary ``fuzz/NAME.dict`` is passed unless ``-dict=`` is given.
    A file given instead of a directory is run once (reproducing a crash).
    """
    import atheris  # noqa: PLC0415  (imported by the target, instrumented, before this is called)

    argv = list(sys.argv)
    paths = [a for a in argv[1:] if not a.startswith("-")]
    if not paths:
        paths = [str(HERE / "corpus" / name)]
        argv.append(paths[0])
    corpus = Path(paths[0])
    if not corpus.is_file() and not (corpus.is_dir() and any(corpus.iterdir())):
        corpus.mkdir(parents=True, exist_ok=True)
        for i, seed in enumerate(seeds()):
            (corpus / f"seed-{i:04d}").write_bytes(seed)
    dictionary = HERE / f"{name}.dict"
    if dictionary.exists() and not any(a.startswith("-dict=") for a in argv):
        argv.insert(1, f"-dict={dictionary}")
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()
