package org.transferhub.catalog.web;

import java.util.List;

/** One page of results; {@code total} counts every match so the client can draw the pager. */
record PageView<T>(List<T> items, int page, int size, long total) {}
