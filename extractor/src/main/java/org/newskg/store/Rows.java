package org.newskg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/** Query results that outlive the transaction that produced them. */
public final class Rows {
    private Rows() {}

    /**
     * Copies every row into plain bindings. TDB2 rows hold node ids and look the nodes up when asked, which
     * fails once the transaction that produced them has ended.
     */
    public static RowSet detach(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<Binding> out = new ArrayList<>();
        rows.forEachRemaining(r -> {
            BindingBuilder bb = Binding.builder();
            for (Var v : vars) {
                Node n = r.get(v);
                if (n != null) bb.add(v, n);
            }
            out.add(bb.build());
        });
        return RowSetStream.create(vars, out.iterator());
    }
}
