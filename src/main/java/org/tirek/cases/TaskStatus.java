package org.tirek.cases;

/** Where a task stands. Only open tasks can be changed; done and cancelled ones are history. */
public enum TaskStatus {
    OPEN,
    DONE,
    CANCELLED
}
