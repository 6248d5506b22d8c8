import json, re
def save(spec, path):
    s = json.dumps(spec, ensure_ascii=False, indent=1)
    s = re.sub(r'\{\n\s+"(op|page|cell)"(.*?)\n\s+\}', lambda m: "{" + re.sub(r"\s*\n\s*", " ", '"' + m.group(1) + '"' + m.group(2)) + "}", s, flags=re.S)
    s = re.sub(r'\[\n\s+(-?\d+),\n\s+(-?\d+)(,\n\s+(-?\d+))?\n\s+\]', lambda m: "[" + ", ".join(g for g in (m.group(1), m.group(2), m.group(4)) if g) + "]", s)
    assert json.loads(s) == spec
    open(path, "w").write(s + "\n")
def load(path):
    return json.load(open(path))
