package main

// A reader for the YAML subset that the workbench's envoy.yaml generator (yaml-cpp, block style) emits:
// block mappings, block sequences (items may start a mapping on the "- " line), plain and double-quoted
// scalars, and literal blocks ("|", "|-") for the plugin's JSON configuration. The test image must build
// with the Go standard library only, and a generic YAML library would be the larger thing to trust here.
// Anything outside the subset is an error, so a generator change that needs more fails loudly.

import (
	"fmt"
	"strconv"
	"strings"
)

type yamlParser struct {
	lines []string
	i     int
}

func parseYAML(data string) (any, error) {
	p := &yamlParser{lines: strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n")}
	indent, _, ok := p.peek()
	if !ok {
		return map[string]any{}, nil
	}
	node, err := p.node(indent)
	if err != nil {
		return nil, err
	}
	if _, text, ok := p.peek(); ok {
		return nil, fmt.Errorf("line %d: unexpected %q", p.i+1, text)
	}
	return node, nil
}

// peek skips blank and comment lines and returns the next line's indentation and text.
func (p *yamlParser) peek() (int, string, bool) {
	for ; p.i < len(p.lines); p.i++ {
		line := p.lines[p.i]
		text := strings.TrimLeft(line, " ")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		return len(line) - len(text), strings.TrimRight(text, " "), true
	}
	return 0, "", false
}

func isSeqItem(text string) bool { return text == "-" || strings.HasPrefix(text, "- ") }

func (p *yamlParser) node(indent int) (any, error) {
	_, text, _ := p.peek()
	if isSeqItem(text) {
		return p.sequence(indent)
	}
	return p.mapping(indent)
}

func (p *yamlParser) mapping(indent int) (map[string]any, error) {
	m := map[string]any{}
	for {
		ind, text, ok := p.peek()
		if !ok || ind < indent || (ind == indent && isSeqItem(text)) {
			return m, nil
		}
		if ind > indent {
			return nil, fmt.Errorf("line %d: bad indentation", p.i+1)
		}
		key, rest, err := splitKey(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", p.i+1, err)
		}
		p.i++
		value, err := p.value(rest, indent)
		if err != nil {
			return nil, err
		}
		m[key] = value
	}
}

func (p *yamlParser) sequence(indent int) ([]any, error) {
	var items []any
	for {
		ind, text, ok := p.peek()
		if !ok || ind != indent || !isSeqItem(text) {
			return items, nil
		}
		item := strings.TrimLeft(strings.TrimPrefix(text, "-"), " ")
		if item == "" {
			p.i++
			next, _, ok := p.peek()
			if !ok || next <= indent {
				items = append(items, nil)
				continue
			}
			v, err := p.node(next)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
			continue
		}
		if _, _, err := splitKey(item); err == nil {
			// "- key: value" opens a mapping indented at the item's column: re-read the line that way.
			itemIndent := indent + len(text) - len(item)
			p.lines[p.i] = strings.Repeat(" ", itemIndent) + item
			v, err := p.mapping(itemIndent)
			if err != nil {
				return nil, err
			}
			items = append(items, v)
			continue
		}
		p.i++
		v, err := scalar(item)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", p.i, err)
		}
		items = append(items, v)
	}
}

func (p *yamlParser) value(rest string, indent int) (any, error) {
	switch rest {
	case "":
		next, text, ok := p.peek()
		if ok && (next > indent || (next == indent && isSeqItem(text))) {
			return p.node(next)
		}
		return nil, nil
	case "|", "|-":
		return p.literal(indent, rest == "|"), nil
	}
	return scalar(rest)
}

func (p *yamlParser) literal(parentIndent int, keepNewline bool) string {
	var out []string
	blockIndent := -1
	for ; p.i < len(p.lines); p.i++ {
		line := p.lines[p.i]
		text := strings.TrimLeft(line, " ")
		if text == "" {
			out = append(out, "")
			continue
		}
		ind := len(line) - len(text)
		if ind <= parentIndent {
			break
		}
		if blockIndent < 0 {
			blockIndent = ind
		}
		out = append(out, line[min(blockIndent, ind):])
	}
	result := strings.TrimRight(strings.Join(out, "\n"), "\n")
	if keepNewline {
		result += "\n"
	}
	return result
}

func splitKey(text string) (string, string, error) {
	if strings.HasPrefix(text, `"`) {
		end := -1
		for j := 1; j < len(text); j++ {
			if text[j] == '\\' {
				j++
				continue
			}
			if text[j] == '"' {
				end = j
				break
			}
		}
		if end < 0 || !strings.HasPrefix(text[end+1:], ":") {
			return "", "", fmt.Errorf("not a key: %q", text)
		}
		key, err := strconv.Unquote(text[:end+1])
		return key, strings.TrimSpace(text[end+2:]), err
	}
	if colon := strings.Index(text, ": "); colon > 0 {
		return text[:colon], strings.TrimSpace(text[colon+2:]), nil
	}
	if strings.HasSuffix(text, ":") {
		return strings.TrimSuffix(text, ":"), "", nil
	}
	return "", "", fmt.Errorf("not a key: %q", text)
}

func scalar(text string) (any, error) {
	switch {
	case strings.HasPrefix(text, `"`):
		return strconv.Unquote(text)
	case strings.HasPrefix(text, "'"):
		return strings.ReplaceAll(strings.Trim(text, "'"), "''", "'"), nil
	case strings.HasPrefix(text, "[") || strings.HasPrefix(text, "{") || strings.HasPrefix(text, "&") ||
		strings.HasPrefix(text, "*") || strings.HasPrefix(text, "!"):
		return nil, fmt.Errorf("unsupported YAML construct %q", text)
	}
	return text, nil
}

// lookup walks a path of map keys (string) and sequence indexes (int).
func lookup(node any, path ...any) any {
	for _, step := range path {
		switch s := step.(type) {
		case string:
			m, ok := node.(map[string]any)
			if !ok {
				return nil
			}
			node = m[s]
		case int:
			l, ok := node.([]any)
			if !ok || s >= len(l) {
				return nil
			}
			node = l[s]
		}
	}
	return node
}

func lookupString(node any, path ...any) string {
	s, _ := lookup(node, path...).(string)
	return s
}
