# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Controller-side helpers: XenStore data is written by guests, so it is never templated."""

from ansible.utils.unsafe_proxy import wrap_var


def make_unsafe(value):
    """``value`` (nested dicts, lists, strings) marked so Jinja never renders it."""
    return wrap_var(value)
