#!/usr/bin/env python3
"""Writes output/common/svg_vocabulary_table.inc: the SVG 1.1 vocabulary an EPUB 3 image may use, as
epubcheck (Debian's epubcheck package) validates it: each element with the children and attributes it
allows, whether it holds text, the attributes it requires, and the values of enumerated attributes.

The table is learnt by asking the validator, not typed in: probe documents with an unknown child, an
unknown attribute and unknown values are validated with jing against epubcheck's own SVG schema, and
the errors list what is allowed. Run from the repository root: python3 tools/gen/svg_vocabulary.py."""
import collections
import os
import re
import subprocess
import tempfile
import zipfile

JAR = "/usr/share/java/epubcheck.jar"
SCHEMA_DIR = "com/adobe/epubcheck/schema/30/"
SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
# Script, animation, event and interactivity vocabulary is never kept, whatever the schema allows;
# the sanitiser removes it first (see svg_sanitizer.cpp). foreignObject would carry HTML.
NEVER = {"script", "foreignObject", "set", "animate", "animateColor", "animateMotion", "animateTransform",
         "mpath", "cursor", "a", "view", "handler", "listener"}
NEVER_ATTRIBUTE = re.compile(r"^(on.*|aria-.*|role|tabindex|focusable|ns:type|xlink:show|xlink:actuate)$")
# Attributes without a namespace, or in the XLink or XML namespace (the message also names namespaces).
ATTRIBUTE_NAME = re.compile(r"^((xlink|xml):)?[A-Za-z][A-Za-z0-9.-]*$")
PROBE_VALUE = "zz probe!"


def quoted(text):
    return re.findall(r'"([^"]+)"', text)


def validate(documents):
    """Validates each document; returns {index: [error messages]}."""
    with tempfile.TemporaryDirectory() as work:
        with zipfile.ZipFile(JAR) as jar:
            for name in jar.namelist():
                if name.startswith(SCHEMA_DIR) and not name.endswith("/"):
                    jar.extract(name, work)
        paths = []
        for i, document in enumerate(documents):
            path = os.path.join(work, f"probe{i}.svg")
            with open(path, "w", encoding="utf-8") as out:
                out.write(document)
            paths.append(path)
        result = subprocess.run(["jing", os.path.join(work, SCHEMA_DIR, "epub-svg-30.nvdl"), *paths],
                                capture_output=True, text=True)
        errors = collections.defaultdict(list)
        for line in result.stdout.splitlines():
            match = re.match(r".*/probe(\d+)\.svg:\d+:\d+: error: (.*)", line)
            if match:
                errors[int(match.group(1))].append(match.group(2))
        return errors


def wrap(path, inner):
    """The probe inner placed inside the chain of elements path (the first is the svg root)."""
    text = inner
    for name in reversed(path[1:]):
        text = f"<{name}>{text}</{name}>"
    return f'<svg xmlns="{SVG}" xmlns:xlink="{XLINK}">{text}</svg>'


def learn_elements():
    """Breadth first from the root: for each element, its allowed children, attributes and text."""
    found = {"svg": ["svg"]}
    elements = {}
    queue = ["svg"]
    while queue:
        batch, queue = queue, []
        documents = []
        for name in batch:
            path = found[name]
            probe = f'<{name} zzprobe="1">zz<zzchild/></{name}>'
            documents.append(wrap(path[:-1], probe) if name != "svg" else
                             f'<svg xmlns="{SVG}" xmlns:xlink="{XLINK}" zzprobe="1">zz<zzchild/></svg>')
        errors = validate(documents)
        for i, name in enumerate(batch):
            entry = {"children": set(), "attributes": set(), "text": True, "required": set()}
            for message in errors[i]:
                if message.startswith('element "zzchild" not allowed'):
                    entry["children"] = {c for c in quoted(message.split(";", 1)[1]) if c not in NEVER}
                elif message.startswith('attribute "zzprobe" not allowed'):
                    entry["attributes"] = {a for a in quoted(message.split(";", 1)[1])
                                           if ATTRIBUTE_NAME.match(a) and not NEVER_ATTRIBUTE.match(a)}
                elif message.startswith("text not allowed"):
                    entry["text"] = False
                elif "missing required attribute" in message:
                    entry["required"] = set(quoted(message)) - {name}
            elements[name] = entry
            for child in sorted(entry["children"]):
                if child not in found:
                    found[child] = found[name] + [child]
                    queue.append(child)
    return elements, found


def learn_values(elements, found):
    """For each element's attributes, the values allowed when the schema names them (enumerations)."""
    documents, probes = [], []
    for name, entry in sorted(elements.items()):
        for attribute in sorted(entry["attributes"]):
            required = "".join(f' {r}="1"' for r in sorted(entry["required"]) if r != attribute)
            probe = f'<{name}{required} {attribute}="{PROBE_VALUE}"/>'
            documents.append(wrap(found[name][:-1], probe) if name != "svg" else
                             f'<svg xmlns="{SVG}" xmlns:xlink="{XLINK}" {attribute}="{PROBE_VALUE}"/>')
            probes.append((name, attribute))
    errors = validate(documents)
    values = {}
    for i, (name, attribute) in enumerate(probes):
        for message in errors[i]:
            if message.startswith(f'value of attribute "{attribute}" is invalid; must be equal to'):
                values[(name, attribute)] = sorted(set(quoted(message.split(";", 1)[1])))
            elif message.startswith(f'value of attribute "{attribute}" is invalid'):
                print("not learnt:", name, message)
    return values


def main():
    elements, found = learn_elements()
    values = learn_values(elements, found)
    with open("output/common/svg_vocabulary_table.inc", "w", encoding="utf-8") as out:
        out.write("// Generated by tools/gen/svg_vocabulary.py from epubcheck's SVG schema. Do not edit by hand.\n")
        out.write("// {element, children, attributes, required attributes, holds text}, sorted by element.\n")
        out.write("#ifdef FOLIO_SVG_ELEMENTS\n")
        for name in sorted(elements):
            entry = elements[name]
            out.write(f'{{"{name}", "{" ".join(sorted(entry["children"]))}", '
                      f'"{" ".join(sorted(entry["attributes"]))}", "{" ".join(sorted(entry["required"]))}", '
                      f'{"true" if entry["text"] else "false"}}},\n')
        out.write("#endif\n#ifdef FOLIO_SVG_VALUES\n")
        out.write("// {element, attribute, the values it may take}, sorted.\n")
        for name, attribute in sorted(values):
            out.write(f'{{"{name}", "{attribute}", "{"|".join(values[(name, attribute)])}"}},\n')
        out.write("#endif\n")


main()
