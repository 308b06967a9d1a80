package org.kaocheng.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a paginated, sorted, filtered list query in SQL: one COUNT and one page query built from
 * the same predicates. Sortable fields are given as a whitelist of metamodel paths, so a field
 * name sent by a browser never reaches the query unchecked.
 */
public final class CriteriaPager<T> {

    /** Builds the WHERE predicates of a list from the root, the builder and the request. */
    @FunctionalInterface
    public interface Filter<T> {
        List<Predicate> predicates(Root<T> root, CriteriaBuilder cb, PageRequest request);
    }

    private final EntityManager em;
    private final Class<T> type;
    private final Filter<T> filter;
    private final Map<String, Function<Root<T>, Expression<?>>> sortable;
    private final Function<Root<T>, Expression<?>> defaultSort;

    public CriteriaPager(
            EntityManager em,
            Class<T> type,
            Filter<T> filter,
            Map<String, Function<Root<T>, Expression<?>>> sortable,
            Function<Root<T>, Expression<?>> defaultSort) {
        this.em = em;
        this.type = type;
        this.filter = filter;
        this.sortable = Map.copyOf(sortable);
        this.defaultSort = defaultSort;
    }

    public Page<T> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot))
                .where(filter.predicates(countRoot, cb, request).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(filter.predicates(root, cb, request).toArray(Predicate[]::new));
        List<Order> orders = new ArrayList<>();
        Function<Root<T>, Expression<?>> sort = request.sortField() == null ? null : sortable.get(request.sortField());
        if (sort != null) {
            orders.add(request.ascending() ? cb.asc(sort.apply(root)) : cb.desc(sort.apply(root)));
        }
        orders.add(cb.asc(defaultSort.apply(root)));
        query.orderBy(orders);
        List<T> rows = em.createQuery(query)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    /** A case-insensitive "contains" predicate, escaping LIKE wildcards in the user's text. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        String escaped =
                text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(field), "%" + escaped + "%", '\\');
    }

    /**
     * An "equals" predicate for a filter naming an enum constant. A value that names none (typed
     * into a text filter, or sent by hand) matches no row rather than failing the list.
     */
    public static <E extends Enum<E>> Predicate equalsConstant(
            CriteriaBuilder cb, Expression<E> field, Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return cb.equal(field, constant);
            }
        }
        return cb.disjunction();
    }
}
