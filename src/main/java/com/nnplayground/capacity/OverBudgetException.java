package com.nnplayground.capacity;

/** Something would pass a memory budget; the message says which limit and by how much, in words for the user. */
public class OverBudgetException extends RuntimeException {

    public OverBudgetException(String message) {
        super(message);
    }
}
