#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from "source<TAB>translation" lines on stdin
(\\n and \\t escaped). Lists what is still unfinished afterwards.

  cmake --build build --target update_translations
  scripts/ts-fill.py translations/jixiao_zh_CN.ts < new-strings.tsv
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace('\\n', '\n').replace('\\t', '\t')


def main():
    path = sys.argv[1]
    pairs = {}
    for line in sys.stdin.read().splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        src, _, dst = line.partition('\t')
        pairs[unescape(src)] = unescape(dst)
    tree = ET.parse(path)
    left = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        tr = message.find('translation')
        if source in pairs:
            tr.text = pairs[source]
            tr.attrib.pop('type', None)
        if tr.get('type') == 'unfinished':
            left.append(source)
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    for s in left:
        print('unfinished:', repr(s))
    return 0


if __name__ == '__main__':
    sys.exit(main())
