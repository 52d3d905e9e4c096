"""quota.py: named limits with C xenstored 4.17 defaults, and per-domain node counts.

The quotas as the engine applies them (unprivileged callers only) are tested in
test_tree.py and test_transaction.py.
"""

import pytest

from ansible_collections.xen.xenstore.plugins.module_utils.xenstore import quota
from ansible_collections.xen.xenstore.plugins.module_utils.xenstore.quota import NodeCounts, Quotas

C_DEFAULTS = {
    "nodes": 1000, "watches": 128, "transactions": 10, "outstanding": 20,
    "transaction-nodes": 1024, "memory": 2621440, "node-size": 2048, "path-max": 2048,
    "permissions": 5,
}


def test_defaults_are_c_xenstored_4_17():
    quotas = Quotas()
    for name, value in C_DEFAULTS.items():
        assert quotas[name] == value
    assert quota.XENSTORE_PAYLOAD_MAX == 4096
    assert quota.SOFT_QUOTAS["memory"][0] == 2097152


def test_items_in_display_order_with_descriptions():
    items = Quotas().items()
    assert [item[0] for item in items] == list(C_DEFAULTS)
    assert all(isinstance(item[2], str) and item[2] for item in items)
    assert dict(item[:2] for item in items) == C_DEFAULTS


def test_overrides_with_underscores():
    quotas = Quotas(nodes=5, node_size=100, transaction_nodes=7, permissions=2)
    assert quotas["nodes"] == 5
    assert quotas["node-size"] == 100
    assert quotas["transaction-nodes"] == 7
    assert quotas["permissions"] == 2
    assert quotas["watches"] == 128


def test_instances_are_independent():
    first, second = Quotas(), Quotas()
    first.set("nodes", 3)
    assert second["nodes"] == 1000
    assert Quotas()["nodes"] == 1000


def test_set():
    quotas = Quotas()
    quotas.set("transactions", 1)
    assert quotas["transactions"] == 1


@pytest.mark.parametrize("name", ["bogus", "node_size", "Nodes", ""])
def test_unknown_name_refused(name):
    with pytest.raises(ValueError, match="unknown quota"):
        Quotas().set(name, 1)


def test_unknown_override_refused():
    with pytest.raises(ValueError, match="unknown quota 'bogus'"):
        Quotas(bogus=1)


@pytest.mark.parametrize("value", [0, -1, "5", 1.5, None])
def test_bad_value_refused(value):
    quotas = Quotas()
    with pytest.raises(ValueError, match="positive integer"):
        quotas.set("nodes", value)
    assert quotas["nodes"] == 1000


def test_node_counts():
    counts = NodeCounts({0: 3, 5: 1})
    assert counts.get(0) == 3
    assert counts.get(5) == 1
    assert counts.get(9) == 0
    counts.add(5, 2)
    counts.add(9, 1)
    counts.add(0, -3)
    assert counts.snapshot() == {5: 3, 9: 1}
    counts.add(9, -1)
    assert counts.snapshot() == {5: 3}
    snapshot = counts.snapshot()
    snapshot[5] = 100
    assert counts.get(5) == 3
