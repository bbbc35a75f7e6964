package org.ronghe.core.work;

import java.time.LocalDate;

/** One thing waiting: what (text, not a code), a short note, where to act, and its date when it has one. */
public record WorkItem(String title, String note, String href, LocalDate date) {}
