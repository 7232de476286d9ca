/** The English catalogue for every unit test, as the command line has it (the app loads it on demand). */
import '../../src/i18n/with-english.ts';
