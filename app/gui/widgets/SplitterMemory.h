#pragma once

class QSplitter;

namespace hwb::gui {

// Keeps where the user left a splitter's handles across sessions, under the splitter's objectName: a Requests page
// made roomier for a long body, or a plugin list made narrower, stays so. Call after the splitter has its widgets
// and its default sizes. A blob that is not a splitter's state is ignored; one saved for another number of widgets
// sizes those it has.
//
// A drag moves the handle hundreds of times: the state is written once the handle rests (and at quit, if it had not
// yet rested), not once per move.
void rememberSplitterSizes(QSplitter *splitter);

} // namespace hwb::gui
