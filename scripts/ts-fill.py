#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from "source<TAB>translation" or
"context<TAB>source<TAB>translation" lines on stdin (\\n and \\t escaped).
Only unfinished messages are filled (--force overwrites finished ones too), so
one person's pairs never overwrite another context's translation of the same
English. Lists what is still unfinished afterwards.

  cmake --build build --target update_translations
  scripts/ts-fill.py translations/jixiao_zh_CN.ts < new-strings.tsv
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def main():
    args = [a for a in sys.argv[1:] if a != '--force']
    force = '--force' in sys.argv[1:]
    path = args[0]
    pairs = {}  # (context or None, source) -> translation
    for line in sys.stdin.read().splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        fields = line.split('\t')
        if len(fields) == 3:
            pairs[(fields[0], unescape(fields[1]))] = unescape(fields[2])
        elif len(fields) == 2:
            pairs[(None, unescape(fields[0]))] = unescape(fields[1])
        else:
            print('ts-fill: skipped a line that is not 2 or 3 tab-separated fields:', repr(line))
    tree = ET.parse(path)
    left = []
    for context in tree.getroot().iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            source = message.find('source').text or ''
            tr = message.find('translation')
            unfinished = tr.get('type') == 'unfinished'
            wanted = pairs.get((name, source), pairs.get((None, source)))
            if wanted is not None and (unfinished or force):
                tr.text = wanted
                tr.attrib.pop('type', None)
            if tr.get('type') == 'unfinished':
                left.append(f'[{name}] {source}')
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    for s in left:
        print('unfinished:', repr(s))
    return 0


if __name__ == '__main__':
    sys.exit(main())
