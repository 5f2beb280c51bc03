// A static library needs one object; the translations themselves are resources added by qt_add_translations.
namespace hwb { int translationsAnchor = 0; }
