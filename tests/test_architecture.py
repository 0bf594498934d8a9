"""The library stays free of Prefect: flows/ is the only place that may import it."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


def _imported_modules(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_under_pipeline_imports_prefect_or_flows():
    offenders = []
    for path in sorted(PIPELINE.rglob("*.py")):
        for name in _imported_modules(path.read_text()):
            if name.split(".")[0] in {"prefect", "prefect_dask", "flows"}:
                offenders.append(f"{path.relative_to(PIPELINE.parent)} imports {name}")
    assert not offenders, offenders


def test_importing_every_pipeline_module_loads_no_prefect():
    modules = [".".join(p.relative_to(PIPELINE.parent).with_suffix("").parts).removesuffix(".__init__")
               for p in PIPELINE.rglob("*.py")]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'prefect'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PIPELINE.parent).stdout
    assert out.strip() == "[]"


def test_the_checker_sees_an_import(tmp_path):
    # Guard against a checker that can never fail.
    assert "prefect.artifacts" in _imported_modules("from prefect.artifacts import x\n")
    assert "prefect" in _imported_modules("import prefect\n")
