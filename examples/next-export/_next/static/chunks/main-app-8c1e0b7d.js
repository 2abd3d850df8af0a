/* app router entry (placeholder) */
