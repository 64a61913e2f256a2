/** Pure views: state and size in, a frame of styled lines out. */
package dev.lede.ui.view;
