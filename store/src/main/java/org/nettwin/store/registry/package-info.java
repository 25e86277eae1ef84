/** The model registry: versions, metrics, lineage and artifacts of the AI layer's models. */
package org.nettwin.store.registry;
