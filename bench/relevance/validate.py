import json, collections, sys
ok=True
def err(m):
    global ok; ok=False; print("ERROR:",m)
def load(p):
    out=[]
    for i,l in enumerate(open(p,encoding='utf-8'),1):
        try: out.append(json.loads(l))
        except Exception as e: err(f"{p}:{i} does not parse: {e}")
    return out
# Needs may be short: several source pages give only a one-line title for a need (see README).
NEED_MIN=10
# Publication context (event, publisher, bounty) belongs in the need's "context" field, not in its description.
CONTEXT_MARKERS=["揭榜挂帅","榜金","榜单","发布会","发布活动","对接会","大赛","万元","亿元","科技成果直通车"]
N=load('needs.jsonl'); C=load('capabilities.jsonl')
for name,rows,keys,kinds in [("needs",N,["id","kind","title","description","industry","source","sourceTitle"],{"TECHNOLOGY","TRAINING","SERVICE"}),
                             ("capabilities",C,["id","kind","title","description","keywords","industry","source","sourceTitle"],{"RESULT","PATENT","LAB","EXPERT","MAJOR","TRAINING","SERVICE"})]:
    ids=[r.get("id") for r in rows]
    if len(ids)!=len(set(ids)): err(f"duplicate ids in {name}")
    for r in rows:
        for k in keys:
            if k not in r: err(f"{name} {r.get('id')} missing {k}")
        if r.get("kind") not in kinds: err(f"{name} {r['id']} bad kind {r.get('kind')}")
        L=len(r.get("description",""))
        lo=NEED_MIN if name=="needs" else 60
        if not lo<=L<=300: err(f"{name} {r['id']} description length {L} (allowed {lo}-300)")
        if name=="needs":
            for w in CONTEXT_MARKERS:
                if w in r.get("description",""): err(f"need {r['id']} description contains publication-context marker '{w}' (move it to 'context')")
        if not str(r.get("source","")).startswith("http"): err(f"{name} {r['id']} bad source")
        if name=="capabilities" and not (isinstance(r["keywords"],list) and r["keywords"]): err(f"{r['id']} keywords")
nids={r["id"] for r in N}; cids={r["id"] for r in C}
Q=[]; seen=set()
for i,l in enumerate(open('qrels.tsv',encoding='utf-8'),1):
    parts=l.rstrip("\n").split("\t")
    if len(parts)!=3: err(f"qrels line {i} malformed"); continue
    n,c,g=parts
    if n not in nids: err(f"qrels {i}: unknown need {n}")
    if c not in cids: err(f"qrels {i}: unknown capability {c}")
    if g not in {"0","1","2","3"}: err(f"qrels {i}: bad grade {g}")
    if (n,c) in seen: err(f"qrels {i}: duplicate pair {n},{c}")
    seen.add((n,c)); Q.append((n,c,int(g)))
best=collections.defaultdict(int); rel=collections.defaultdict(int)
for n,c,g in Q:
    best[n]=max(best[n],g)
    if g>=1: rel[n]+=1
for n in sorted(nids):
    if best[n]<2: err(f"need {n} has no capability graded >=2")
print("needs:",len(N),dict(collections.Counter(r["kind"] for r in N)))
Ld=sorted(len(r["description"]) for r in N)
print("need description length: min %d, median %d, max %d; needs under 30 chars: %d"%(Ld[0],Ld[len(Ld)//2],Ld[-1],sum(1 for x in Ld if x<30)))
print("capabilities:",len(C),dict(collections.Counter(r["kind"] for r in C)))
print("judgements by grade:",dict(sorted(collections.Counter(g for _,_,g in Q).items())))
print("judged pairs:",len(Q))
print("mean relevant (grade>=1) per need: %.2f"%(sum(rel.values())/len(nids)))
print("mean grade>=2 per need: %.2f"%(sum(1 for _,_,g in Q if g>=2)/len(nids)))
print("needs with a grade-3 capability:",sum(1 for n in nids if best[n]==3))
print("capabilities judged relevant to >=1 need:",len({c for _,c,g in Q if g>=1}),"; pure distractors (no grade>=1):",len(cids-{c for _,c,g in Q if g>=1}))
urls={r["source"] for r in N}|{r["source"] for r in C}
print("distinct source URLs:",len(urls),"(needs",len({r['source'] for r in N}),", capabilities",len({r['source'] for r in C}),")")
print("VALID" if ok else "INVALID")
sys.exit(0 if ok else 1)
