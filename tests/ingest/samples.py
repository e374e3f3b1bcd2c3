"""Short essays in other languages and awkward English, written for these tests."""

FRENCH = (
    "La Révolution française a profondément transformé la société. Les historiens "
    "discutent encore des causes de la crise de 1789 : la dette de l'État, la hausse du "
    "prix du pain et les idées des Lumières ont joué un rôle important. Selon moi, la "
    "faiblesse du roi Louis XVI explique mieux que tout le reste pourquoi la monarchie "
    "s'est effondrée si rapidement.")
GERMAN = (
    "Die Weimarer Republik scheiterte aus mehreren Gründen. Die Weltwirtschaftskrise "
    "von 1929 führte zu einer hohen Arbeitslosigkeit, und viele Wähler wandten sich den "
    "radikalen Parteien zu. Außerdem hatte die Verfassung Schwächen, zum Beispiel den "
    "Artikel 48, der dem Reichspräsidenten große Macht gab. Meiner Meinung nach war die "
    "Wirtschaftskrise jedoch der wichtigste Grund.")
SPANISH = (
    "La Guerra Civil española comenzó en 1936 tras el golpe de Estado contra la Segunda "
    "República. Los historiadores no están de acuerdo sobre sus causas principales: "
    "algunos destacan la división social, mientras que otros subrayan el papel del "
    "ejército y de la Iglesia. En mi opinión, la polarización política fue el factor "
    "decisivo que hizo imposible un acuerdo pacífico.")
ITALIAN = (
    "L'unificazione italiana fu il risultato di molti fattori diversi. Il ruolo di "
    "Cavour nella diplomazia fu fondamentale, ma senza la spedizione dei Mille guidata "
    "da Garibaldi il Regno delle Due Sicilie non sarebbe caduto così rapidamente. "
    "Secondo me, la combinazione di diplomazia e azione militare spiega il successo.")
#: English full of foreign names, places and terms: must never be refused.
ENGLISH_NAMES = (
    "Khrushchev, Molotov, Beria, Malenkov, Kaganovich and Zhdanov all served Stalin. "
    "Yezhov ran the NKVD during the Yezhovshchina, and Vyshinsky prosecuted Zinoviev, "
    "Kamenev and Bukharin in the show trials. In Leningrad, Kirov's murder gave the "
    "pretext. Historians such as Getty, Conquest, Fitzpatrick and Khlevniuk disagree.")
ENGLISH_GERMAN_TERMS = (
    "Hitler's Lebensraum policy and the Anschluss with Österreich were followed by the "
    "Sudetenland crisis. Chamberlain flew to Berchtesgaden, Bad Godesberg and München, "
    "where the Münchner Abkommen was signed. The Wehrmacht then entered Prague, and the "
    "Blitzkrieg of 1939 against Poland began the Second World War in Europe.")
ENGLISH_FRENCH_QUOTES = (
    "Louis XIV is said to have declared « L'État, c'est moi », and the ancien régime "
    "rested on that claim. By 1789 the Third Estate demanded « liberté, égalité, "
    "fraternité ». The essay argues that the fiscal crisis, not the philosophes, caused "
    "the collapse of royal authority in France.")
