package com.nnplayground.capacity.ui;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.MemoryCost;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The memory one page holds in its browser's budget: the page itself ({@link MemoryCost#PAGE}) and the data it
 * shows. {@link PageGuard} gives every page one when it opens (its owner is the page's session, as for its runs)
 * and frees it when the page closes; a page without one (a test's) gets one with no limits.
 */
public final class PageBudget implements AutoCloseable {
    private final MemoryBudget.Reservation page;
    private final MemoryBudget.Reservation data;
    private final MemoryBudget budget;
    private final Object owner;

    private PageBudget(MemoryBudget budget, Object owner) {
        this.budget = budget;
        this.owner = owner;
        this.page = budget.open(owner);
        this.page.hold(MemoryCost.PAGE);
        this.data = budget.open(owner);
    }

    /** The memory of {@code ui}'s page. */
    public static PageBudget of(UI ui) {
        PageBudget memory = ComponentUtil.getData(ui, PageBudget.class);
        if (memory == null) {
            memory = new PageBudget(MemoryBudget.unbounded(), ui);
            ComponentUtil.setData(ui, PageBudget.class, memory);
        }
        return memory;
    }

    static PageBudget install(UI ui, MemoryBudget budget) {
        PageBudget memory = new PageBudget(budget, ui.getSession());
        ComponentUtil.setData(ui, PageBudget.class, memory);
        return memory;
    }

    /**
     * Refuses data that would cost {@code bytes} if the page's browser or the server cannot hold it in place of
     * the page's data now; holds nothing.
     *
     * @throws com.nnplayground.capacity.OverBudgetException saying which limit and by how much
     */
    public void check(long bytes, String what, String advice) {
        budget.check(owner, bytes, data.bytes(), what, advice);
    }

    /** Holds {@code bytes} for data already built whose size other limits bound (an edit of the table). */
    public void hold(long bytes) {
        data.hold(bytes);
    }

    public long dataBytes() {
        return data.bytes();
    }

    @Override
    public void close() {
        page.close();
        data.close();
    }
}
