/** Keys, the one table of actions, and the key map that binds them per page. */
package dev.lede.ui.keys;
