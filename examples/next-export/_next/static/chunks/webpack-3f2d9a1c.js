/* webpack runtime (placeholder) */
