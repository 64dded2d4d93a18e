package actor

import "slices"

// index holds every name of the gazetteer twice: in a map from folded name
// to the entries it denotes (for Lookup), and in a byte trie over the same
// folded names (for Match), so that matching a sentence costs one trie step
// per character it reads and no regular expression or per-entry loop.
type index struct {
	slots [][]aliasRef       // entries per folded name
	keys  map[string]int32   // folded name → slot
	next  map[uint64]int32   // trie edges: node<<8 | byte → child node
	root  [256]int32         // the root's edges, the ones every piece takes: 0 = none
	nodes []trieNode         // node 0 is the root
	names map[*Entry][]alias // every name each entry was registered under, for union and dedup
}

type trieNode struct {
	slot int32 // names ending here, or -1
	// sep is set when some name has a separator (space, hyphen, apostrophe)
	// right after this prefix: the matcher may then cross a token boundary
	// here even into a lower-case word ("Jaish al-Adl", "People's"),
	// provided the name it ends up matching has that separator itself
	// (aliasRef.seps): "Pakistan is" is not "Pakistanis".
	sep bool
}

// aliasRef is one way to reach an entry: the name as the data spells it and
// how that name may be matched.
type aliasRef struct {
	e     *Entry
	alias // spelling and match options
	cased string
	seps  []int // offsets in the folded name where the name has a word boundary
}

// alias is a name as the data gives it, with its markers parsed.
type alias struct {
	text      string
	rule      caseRule
	ambiguous bool // {ambiguous}: the name may well denote something else
	lookup    bool // {lookup}: answered by Lookup, never matched in running text
}

func newIndex() *index {
	return &index{
		keys:  map[string]int32{},
		next:  map[uint64]int32{},
		nodes: []trieNode{{slot: -1}},
		names: map[*Entry][]alias{},
	}
}

// add registers name for e. A name already given by a lower layer (user
// files over embedded data over the PETRARCH supplement) hides the same
// name from a higher layer: that is how a user file overrides an entry.
func (ix *index) add(e *Entry, a alias) {
	key := Fold(a.text)
	if key == "" {
		return
	}
	// The same spelling twice adds nothing; but "Pakistan People's
	// Party" beside "Pakistan Peoples Party" breaks words where the
	// other does not, and matches text the other cannot.
	for _, old := range ix.names[e] {
		if Fold(old.text) == key && slices.Equal(separators(old.text), separators(a.text)) {
			return
		}
	}
	ix.names[e] = append(ix.names[e], a)
	e.Aliases = append(e.Aliases, a.text)

	slot, ok := ix.keys[key]
	if !ok {
		slot = int32(len(ix.slots))
		ix.slots = append(ix.slots, nil)
		ix.keys[key] = slot
		ix.insert(key, slot)
	}
	seps := separators(a.text)
	ix.markSeparators(seps, key)
	refs := ix.slots[slot]
	if len(refs) > 0 {
		switch {
		case refs[0].e.layer < e.layer:
			return
		case refs[0].e.layer > e.layer:
			refs = nil
		}
	}
	ix.slots[slot] = append(refs, aliasRef{e: e, alias: a, cased: foldCased(a.text), seps: seps})
}

func (ix *index) insert(key string, slot int32) {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		edge := uint64(n)<<8 | uint64(key[i])
		c, ok := ix.next[edge]
		if !ok {
			c = int32(len(ix.nodes))
			ix.nodes = append(ix.nodes, trieNode{slot: -1})
			ix.next[edge] = c
			if n == 0 {
				ix.root[key[i]] = c
			}
		}
		n = c
	}
	ix.nodes[n].slot = slot
}

// separators returns the offsets in Fold(name) at which name has a word
// boundary: "Jaish al-Adl" → 5 and 7 ("jaish|al|adl").
func separators(name string) []int {
	var seps []int
	var buf []byte
	n, pending := 0, false
	for _, r := range name {
		buf = foldAppend(buf[:0], string(r), true)
		if len(buf) == 0 {
			pending = n > 0
			continue
		}
		if pending {
			seps = append(seps, n)
			pending = false
		}
		n += len(buf)
	}
	return seps
}

// markSeparators flags the trie nodes along key at the offsets seps.
func (ix *index) markSeparators(seps []int, key string) {
	for _, off := range seps {
		if n := ix.walk(0, key[:off]); n >= 0 {
			ix.nodes[n].sep = true
		}
	}
}

// walk follows s from node n; -1 when the trie has no such path.
func (ix *index) walk(n int32, s string) int32 {
	i := 0
	if n == 0 && len(s) > 0 {
		if n = ix.root[s[0]]; n == 0 {
			return -1
		}
		i = 1
	}
	for ; i < len(s); i++ {
		c, ok := ix.next[uint64(n)<<8|uint64(s[i])]
		if !ok {
			return -1
		}
		n = c
	}
	return n
}
