package no.sammen.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * JPA's numbered parameters ({@code ?1}, {@code ?2}, a number used any number of times) turned into JDBC's plain
 * {@code ?}, so that the floor runs the façade's SQL text as it stands: the statement and, for each {@code ?} in
 * order, which numbered parameter it takes. Question marks inside string literals are left alone.
 *
 * @param sql    the statement for {@link java.sql.Connection#prepareStatement(String)}
 * @param order  for the n-th {@code ?}, the number of the parameter it stood for
 */
record NumberedParameters(String sql, List<Integer> order) {

    static NumberedParameters of(String numbered) {
        StringBuilder sql = new StringBuilder(numbered.length());
        List<Integer> order = new ArrayList<>();
        boolean inLiteral = false;
        for (int i = 0; i < numbered.length(); i++) {
            char c = numbered.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (c == '?' && !inLiteral && i + 1 < numbered.length() && Character.isDigit(numbered.charAt(i + 1))) {
                int end = i + 1;
                while (end < numbered.length() && Character.isDigit(numbered.charAt(end))) {
                    end++;
                }
                order.add(Integer.parseInt(numbered.substring(i + 1, end)));
                sql.append('?');
                i = end - 1;
            } else {
                sql.append(c);
            }
        }
        return new NumberedParameters(sql.toString(), List.copyOf(order));
    }
}
