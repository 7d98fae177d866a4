// What each item on screen is, for the page's operable layer (src/web: real DOM elements over the
// canvas, so keyboard and screen-reader users can do everything a mouse user can). The views
// describe items as they draw them; the layer's events come back as requests (activate this,
// set that value, this has focus) that the views take in their next frame, through the same
// code path as a click — never a synthetic click on the canvas.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hash_map.h"
#include "widget.h"

namespace ui {

// TextField: a real text input in the layer (a search field; `valueText` its text, `checked`
// whether its list is open, `controls` the list's group, `activeDescendant` the highlighted
// option). Option: an entry of such a list (`group` the list, `checked` highlighted).
// TextBox: a plain text input in the layer (a dialog's name field; `valueText` its text, `max` the
// most characters it takes, `invalid` when it cannot be taken).
// MenuItem: an entry of a menu (grouped: the group is the menu; the arrow keys move among them).
// CopyText: read-only text to copy by hand (`valueText`): the layer's read-only text area, which
// selects it all when focused or clicked, so the browser's own copy (keys, context menu, a long
// press) takes it; a copy there comes back as an activation.
enum class SemanticRole { Button, Tab, Radio, Checkbox, Slider, Link, Heading, Text, TextField, Option, TextBox,
                          CopyText, MenuItem };

// A text field's caret and selection, in bytes of its text: `anchor` is the selection's other end
// (the caret's own place when nothing is selected).
struct TextCaret {
  std::size_t caret = 0, anchor = 0;
  // The same within a text of `size` bytes.
  TextCaret within(std::size_t size) const { return {caret < size ? caret : size, anchor < size ? anchor : size}; }
};

struct Semantic {
  SemanticRole role = SemanticRole::Button;
  std::string label;        // the accessible name
  std::string group;        // a tablist or radio group's id ("" none), and its name
  std::string groupLabel;
  bool checked = false;     // a selected tab or radio, a ticked checkbox; a menu button's menu is open
  bool menu = false;        // a button that opens a menu (its entries: MenuItem, grouped)
  bool disabled = false;
  std::string href;         // links
  int value = 0, min = 0, max = 0;  // sliders; a text box's `max`: the most characters it takes (0: any)
  std::string valueText;    // sliders: the value in words ("6 h a week")
  int level = 0;            // headings: 2 to 4
  std::string controls;          // text fields: the group of their list of options
  std::string activeDescendant;  // text fields: the name of the highlighted option ("" none)
  std::string description;  // said after the name and role: why an entry is off, what is wrong with a text box
  bool invalid = false;     // text boxes: what is typed cannot be taken (`description` says why)
  bool explains = false;    // a button that opens an explanation (a disclosure: expanded or not)
  std::string shows;        // and the explanation's first item while it is open ("" closed)
  bool tabStop = false;     // text that Tab reaches: a box of text that scrolls (Page Down)
};

// Whether what is being drawn is inside a modal dialog (ImGui's BeginPopupModal).
bool drawingInDialog();

class SemanticLayer {
 public:
  void beginFrame();
  void endFrame();

  // Describes the last ImGui item (its whole rectangle, even scrolled out of view) as `name`.
  // When it has the layer's focus, draws the focus ring on it, and brings it into view once.
  void describeLastItem(const std::string& name, Semantic s);
  // Describes a run of text drawn at the last item (read, found and selected in the layer; it
  // has the ring while the layer's script has put the focus on it). `inset`: the words start
  // that far into the item and end as far from its right (a chip's padding), so that the
  // layer's text, and a selection of it, lies on them; the ring keeps the whole item.
  void describeText(const std::string& text, int headingLevel = 0, float inset = 0);
  // An item the canvas does not draw now but the layer offers (a closed list's entries), at `rect`.
  // While it has the focus, the ring is drawn around `rect` (the closed list's box), unless
  // `ring` is false (an entry that stands for one drawn elsewhere once chosen).
  void describeVirtual(const std::string& name, Semantic s, const Rect& rect, bool ring = true);

  // The layer as JSON for the page (see nodesJson() in semantics.cpp); changes only when
  // something described changed. Empty before the first frame.
  const std::string& json() const { return json_; }

  // Requests from the layer, taken by the view that draws the item (once each). `byArrow`: an
  // arrow key chose it in its group (tabs and radios follow the focus), not a click or Enter.
  void requestActivation(std::string_view name, bool byArrow = false);
  void requestValue(std::string_view name, int value);
  bool takeActivation(const std::string& name);
  bool takeValue(const std::string& name, int& value);
  // A text field's text (and its caret and selection) as typed in the layer, and the keys it
  // hands to the widget (ui/search_view.h: arrows, Enter, Escape).
  void requestText(std::string_view name, std::string_view text, TextCaret caret);
  void requestFieldKey(std::string_view name, int key);
  bool takeText(const std::string& name, std::string& text, TextCaret& caret);
  bool takeFieldKey(const std::string& name, int& key);
  // The layer's focus is on `name` ("" : the layer lost it), with the keyboard's ring (`ring`)
  // or without (a click or tap gave it: no ring and no scrolling to it, as a page shows none).
  void setFocus(std::string_view name, bool ring = true);
  // Brings the item `name` into view once it is drawn, as the focus is, without the focus ring
  // (what a click chose, whose focus shows only once the keyboard is used).
  void reveal(std::string name) { reveal_ = std::move(name); }
  // The same, unless something else is to be brought into view already (what search opened, the
  // keyboard's focus): a list's chosen row when the choice came from elsewhere (a link, Compare).
  void revealUnlessOther(std::string name) {
    if (reveal_.empty() && !bringFocusIntoView_) reveal_ = std::move(name);
  }
  // Moves the page's focus to `name` once it is in the layer (a menu or dialog that opened: focus
  // goes in; the layer gives it back to where it was when they close).
  void moveFocusTo(const std::string& name) { focusRequest_ = name; }
  // While a dialog is open, Tab keeps the focus among the nodes whose names start with `prefix`
  // ("dialog/"); "" : no dialog. Set every frame by whoever draws the dialog.
  void setModal(const std::string& prefix) { modal_ = prefix; }
  // The nodes described between these two are the view the tabs chose (the layer's tab panel).
  void beginPanel() { panel_[0] = panel_[1] = drawing_.size(); }
  void endPanel() { panel_[1] = drawing_.size(); }
  // How many nodes this frame described so far, and the name of the one at `index` (what a
  // popover described after it opened).
  std::size_t count() const { return drawing_.size(); }
  std::string nameAt(std::size_t index) const { return index < drawing_.size() ? drawing_[index].name : ""; }
  // The button described at `index` has its explanation open, which begins with the node `first`.
  void setShows(std::size_t index, const std::string& first) {
    if (index < drawing_.size()) drawing_[index].s.shows = first;
  }
  // Whether the last activation taken came from the layer (a keyboard or screen-reader user).
  bool lastTakenFromLayer() const { return lastTakenFromLayer_; }
  // The group of the item an arrow key last chose ("" none), once: for the history, which takes
  // it after the frames that follow (core::PlaceHistory: a run of arrows through a group is one
  // step).
  std::string takeArrowedGroup() { return std::exchange(arrowedGroup_, std::string()); }
  // The popover a layer user just opened (its focus goes in when it appears), or "".
  std::string openedFromLayer;
  const std::string& focus() const { return focus_; }
  // Where the node `name` was drawn in the last frame (its whole rectangle, in view or not).
  bool rectOf(const std::string& name, Rect& r) const;
  // Buttons and text described from now on, until endButtonGroup(), form one group (`id`, named
  // `label`): the layer makes it a toolbar, one Tab stop whose buttons the arrow keys move
  // through, so that a run of small buttons (a course's facts) costs the keyboard one Tab, not
  // six. Items with a group of their own keep it; links and other controls stay out.
  // While one of its buttons has the keyboard's ring and it has others, `hint` beside it says
  // that the arrow keys reach them ("← → the other facts"), until the reader has used the
  // arrows in a toolbar once: a sighted keyboard user could not tell otherwise that Tab passes
  // over them.
  void beginButtonGroup(std::string id, std::string label, const char* hint);
  void endButtonGroup();
  // Whether the layer's focus has just moved on from a popup: since the last frame it came to
  // an item other than `owner` (what opened the popup) and the nodes described since `first`
  // (the popup's own). A popup then closes, as a menu does when Tab leaves it. Only a move
  // counts: a popup a click or tap opened while the focus was elsewhere stays (a click on the
  // canvas takes the focus from the layer; closing it on a click outside stays ImGui's).
  bool focusMovedOn(std::size_t first, std::string_view owner) const;

 private:
  // Draws the focus ring on the item `name` at `r` when it has the layer's focus, and brings it
  // into view once when asked to (setFocus, reveal).
  void ringIfFocused(const std::string& name, const Rect& r);

  struct Node {
    std::string name;
    Semantic s;
    Rect rect;
    bool text = false;
    bool inDialog = false;  // drawn in a modal dialog: the layer puts it in its dialog element
    // Text: its ImGui size (a line's height in CSS px; the sizes are whole: fonts.h), 0 for other
    // nodes, and its face (the one besides the default is the bold one: loadFonts), so that the
    // layer sets its words in the font they are drawn in, where they are drawn.
    int px = 0;
    bool bold = false;
    // What its window shows (its clip rectangle, ImGui's Min and Max): a node a pane scrolled
    // partly or wholly out is cut to it in the layer (endFrame).
    float shows[4] = {-1e9f, -1e9f, 1e9f, 1e9f};
    // Drawn in a popup (an explanation, a menu, a list, a dialog), over the view: while one is
    // open, only its own text and links take the pointer in the layer (endFrame).
    bool inPopup = false;
  };
  std::vector<Node> drawing_;
  static void whereDrawn(Node& n);  // sets `shows` and `inPopup` from the window being drawn
  core::HashMap<std::string, int> textSeen_;  // text node ids this frame (duplicates count up)
  std::string json_;
  core::HashMap<std::string, int> activations_;
  core::HashMap<std::string, int> values_;
  core::HashMap<std::string, std::pair<std::string, TextCaret>> texts_;
  core::HashMap<std::string, int> fieldKeys_;
  std::string focus_;
  bool ring_ = false;  // focus_ has the keyboard's ring
  std::string pressed_;  // the item the mouse holds down this frame (ImGui's active item), or ""
  std::string focusRequest_;
  std::string reveal_;  // to bring into view when drawn, unringed ("" none)
  std::string modal_;
  std::size_t panel_[2] = {0, 0};  // the view's nodes: from the first to the one past the last
  std::string buttonGroup_, buttonGroupLabel_;
  const char* groupHint_ = "";
  int groupButtons_ = 0;         // its buttons so far
  bool groupFocused_ = false;    // one of them has the ring, at groupFocusRect_
  Rect groupFocusRect_;
  std::string previousFocus_;    // the last item that had the focus
  bool arrowsUsed_ = false;      // the ring moved within a toolbar: no more hints
  bool lastTakenFromLayer_ = false;
  std::string arrowedItem_;   // taken this frame by an arrow key
  std::string arrowedGroup_;  // its group, kept until taken
  bool bringFocusIntoView_ = false;
  bool focusMoved_ = false;  // the focus came to another item since the last frame
};

}  // namespace ui
