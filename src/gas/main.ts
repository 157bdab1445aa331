/** Placeholder replaced below. */
