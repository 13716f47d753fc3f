#ifndef STAKEHOLDERGRAPH_CGRAPHVIZ_SHIM_H
#define STAKEHOLDERGRAPH_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Swift 6 rejects the mutable C global `Agdirected`; this accessor reads it.
static inline Agdesc_t sg_agdirected(void) { return Agdirected; }
/// Swift 6 rejects the mutable C global `Agundirected`; this accessor reads it.
static inline Agdesc_t sg_agundirected(void) { return Agundirected; }
#endif
