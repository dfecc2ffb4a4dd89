"""Reads every table of a conflict-tally output folder with the readers notebooks use and checks it.

    python scripts/notebooks/check_tables.py [TALLY_DIR]      (default: target/tally)

For each table of schema.json: pyarrow (the Parquet files themselves), pandas, DuckDB and polars must
read it; the files must hold the schema's columns in its order and with its types, dates as Parquet DATE
and no Spark-only type (INT96 timestamps); each reader must see the columns in the schema's order (a
partition column last), dates as dates, and the same number of rows, which must match summary.json.
Prints one line per table and reader; exits 1 listing the problems when there is any.
"""

import datetime
import json
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src/main/resources/conflict-tally/schema.json"

# schema.json type -> (Parquet physical type, Parquet logical type or None, pyarrow, DuckDB, polars)
TYPES = {
    "string": ("BYTE_ARRAY", "String", pa.string(), "VARCHAR", pl.String),
    "int": ("INT32", None, pa.int32(), "INTEGER", pl.Int32),
    "long": ("INT64", None, pa.int64(), "BIGINT", pl.Int64),
    "boolean": ("BOOLEAN", None, pa.bool_(), "BOOLEAN", pl.Boolean),
    "double": ("DOUBLE", None, pa.float64(), "DOUBLE", pl.Float64),
    "date": ("INT32", "Date", pa.date32(), "DATE", pl.Date),
}


def expected(type_name):
    """What each reader must show for a schema.json type; array<T> is a Parquet LIST of T."""
    if type_name.startswith("array<") and type_name.endswith(">"):
        physical, logical, arrow, duck, polars = expected(type_name[len("array<"):-1])
        return physical, logical, pa.list_(arrow), duck + "[]", pl.List(polars)
    return TYPES[type_name]


# Counts in summary.json for some tables.
SUMMARY_COUNTS = {"articles": "articles", "rejects": "rejects", "facts": "facts", "events": "events",
                  "warnings": "warnings"}


def load_schema():
    tables = {t["name"]: t for t in json.loads(SCHEMA.read_text(encoding="utf-8"))["tables"]}
    for t in tables.values():
        if "columns" not in t:
            t["columns"] = tables[t["columns_of"]]["columns"]
    return list(tables.values())


def check_table(folder, table, problems):
    name = table["name"]
    columns = [c["name"] for c in table["columns"]]
    types = {c["name"]: c["type"] for c in table["columns"]}
    partitions = table.get("partition_by", [])
    in_files = [c for c in columns if c not in partitions]
    read_order = in_files + partitions   # what every reader shows: file columns, then partition folders
    path = folder / name
    files = sorted(path.rglob("*.parquet"))
    if not files:
        problems.append(f"{name}: no Parquet files under {path}")
        return {}

    def problem(reader, text):
        problems.append(f"{name} [{reader}]: {text}")

    # The files themselves: column order, physical and logical types of every leaf, no INT96.
    for f in files:
        arrow_schema = pq.read_schema(f)
        if arrow_schema.names != in_files:
            problem("parquet", f"{f.relative_to(folder)} columns {arrow_schema.names}, expected {in_files}")
            break
        schema = pq.ParquetFile(f).schema
        for i in range(len(schema)):
            leaf = schema.column(i)
            top = leaf.path.split(".")[0]
            physical, logical = expected(types[top])[:2]
            if leaf.physical_type == "INT96":
                problem("parquet", f"{leaf.path} is INT96 (a Spark-only timestamp)")
            elif leaf.physical_type != physical or (logical and str(leaf.logical_type) != logical):
                problem("parquet", f"{leaf.path} is {leaf.physical_type}/{leaf.logical_type}, expected {physical}/{logical}")

    counts = {}
    # pyarrow, as pandas uses it: hive partitions read as strings (dictionary), dates as date32.
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    arrow = dataset.to_table()
    counts["pyarrow"] = arrow.num_rows
    if arrow.column_names != read_order:
        problem("pyarrow", f"columns {arrow.column_names}, expected {read_order}")
    for c in in_files:
        arrow_type = arrow.schema.field(c).type
        if arrow_type != expected(types[c])[2] and not (
                pa.types.is_list(arrow_type) and pa.list_(arrow_type.value_type) == expected(types[c])[2]):
            problem("pyarrow", f"{c} is {arrow_type}, expected {expected(types[c])[2]}")

    frame = pd.read_parquet(path)
    counts["pandas"] = len(frame)
    if list(frame.columns) != read_order:
        problem("pandas", f"columns {list(frame.columns)}, expected {read_order}")
    for c in in_files:
        if types[c] == "date":
            values = frame[c].dropna()
            if len(values) and not all(type(v) is datetime.date for v in values):
                problem("pandas", f"{c} holds {frame[c].dtype} values that are not datetime.date")

    glob = str(path / ("/".join(["*"] * len(partitions) + ["*.parquet"])))
    relation = duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
    counts["duckdb"] = duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)").fetchone()[0]
    duck_types = dict(zip(relation.columns, [str(t) for t in relation.types]))
    if relation.columns != read_order:
        problem("duckdb", f"columns {relation.columns}, expected {read_order}")
    for c in columns:
        if duck_types.get(c) != expected(types[c])[3]:
            problem("duckdb", f"{c} is {duck_types.get(c)}, expected {expected(types[c])[3]}")

    polars = pl.read_parquet(glob, hive_partitioning=bool(partitions))
    counts["polars"] = polars.height
    if polars.columns != read_order:
        problem("polars", f"columns {polars.columns}, expected {read_order}")
    for c in columns:
        if polars.schema.get(c) != expected(types[c])[4]:
            problem("polars", f"{c} is {polars.schema.get(c)}, expected {expected(types[c])[4]}")

    if len(set(counts.values())) != 1:
        problems.append(f"{name}: readers disagree on the number of rows: {counts}")
    return counts


def main(argv):
    folder = Path(argv[1] if len(argv) > 1 else ROOT / "target/tally").resolve()
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    problems = []
    print(f"{'table':32} {'pyarrow':>8} {'pandas':>8} {'duckdb':>8} {'polars':>8}  (rows)")
    for table in load_schema():
        counts = check_table(folder, table, problems)
        print(f"{table['name']:32} " + " ".join(f"{counts.get(r, '-'):>8}" for r in ("pyarrow", "pandas", "duckdb", "polars")))
        key = SUMMARY_COUNTS.get(table["name"])
        if counts and key in summary and counts["pyarrow"] != summary[key]:
            problems.append(f"{table['name']}: {counts['pyarrow']} rows, summary.json says {key} = {summary[key]}")
    print(f"readers: pyarrow {pa.__version__}, pandas {pd.__version__}, duckdb {duckdb.__version__}, polars {pl.__version__}")
    if problems:
        print(f"{len(problems)} problem(s) in {folder}:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"every table of {folder} reads the same in pyarrow, pandas, DuckDB and polars")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
