/// Common Polish and international given names (a general list), used when the lexicon has no entry
/// and to tell a person's gender. Nominative forms; inflected forms are reduced by ``FirstNames/lookup(_:)``.
enum FirstNames {
  static let feminine: WordSet = words("""
    Agata Agnieszka Aleksandra Alicja Alina Amelia Aneta Angelika Anna Antonina Barbara Beata Bożena Danuta
    Dominika Dorota Edyta Elżbieta Emilia Ewa Ewelina Gabriela Grażyna Halina Hanna Helena Irena Iwona Izabela
    Jadwiga Janina Joanna Jolanta Julia Justyna Kamila Karolina Katarzyna Kinga Klaudia Krystyna Laura Lena
    Lidia Magdalena Maja Małgorzata Maria Marianna Marta Marzena Milena Monika Natalia Nina Olga Oliwia Patrycja
    Paulina Renata Sabina Sandra Sylwia Stanisława Teresa Urszula Wanda Weronika Wiesława Wiktoria Zofia Zuzanna
    Żaneta Jagoda Joanna Kornelia Ilona Izabella Emma Alexandra Anne Anna Catherine Claire Elena Elisa Eva Francesca
    Giulia Hannah Ingrid Irene Jane Julie Kaisa Katja Laura Liisa Lucia Maria Marie Marja Martina Mary Nora Paula
    Petra Riikka Sara Sarah Sofia Sophie Susanne Tiina Ursula Valentina Anja Annika Heidi Inga Kristina Ana Ines
    Marketa Jana Lenka Zuzana Ieva Daiva Rasa Kadri Mari Katrin Aino Leena Marjatta Sirpa Tuula
    """)
  static let masculine: WordSet = words("""
    Adam Adrian Albert Aleksander Andrzej Antoni Arkadiusz Artur Bartłomiej Bartosz Bogdan Bogusław Cezary
    Czesław Damian Daniel Dariusz Dawid Dominik Edward Emil Eugeniusz Filip Franciszek Grzegorz Henryk Hubert Igor
    Ireneusz Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Kacper Kamil Karol Kazimierz Konrad Krystian
    Krzysztof Leszek Lech Łukasz Maciej Marcin Marek Marian Mariusz Mateusz Michał Mieczysław Mirosław Norbert
    Oskar Patryk Paweł Piotr Przemysław Radosław Rafał Robert Roman Ryszard Sebastian Sławomir Stanisław Stefan
    Szymon Tadeusz Tomasz Waldemar Wiesław Witold Władysław Wojciech Zbigniew Zdzisław Zenon Zygmunt Tymoteusz
    Ryszard Leon Wiktor Borys Ludwik Olaf Alan Alex Alexander Andreas Andrew Anders Antonio Carlos Christian Daniel
    David Erik Frank Georg George Hans Harri Heikki Henrik Ivan James Jari Jean Johan John Jonas Jorge Jose Juan
    Juha Jukka Kari Klaus Lars Luca Lucas Marco Mark Markus Martin Matti Michael Mika Mikko Nicola Olli Paolo Pekka
    Peter Petri Petr Pierre Rui Sami Stefan Thomas Timo Tomas Tommi Ville William Marko Miguel Pablo Paul Richard
    Simon Steven Tom Jiří Jan Pavel Martin Tomáš Andrius Jonas Mantas Toomas Andres Rainer Kristjan Juris
    """)

  private static func words(_ s: String) -> WordSet {
    WordSet(s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  }

  /// The nominative given name and its gender for a (possibly inflected) form: "Piotra" → ("Piotr", masculine).
  static func lookup(_ form: String) -> (name: String, feminine: Bool)? {
    if feminine.contains(form) { return (form, true) }
    if masculine.contains(form) { return (form, false) }
    // Feminine -a names: Patrycję, Patrycją, Patrycji, Annie, Anny, Izabeli
    for (suffix, repl) in [("ę", "a"), ("ą", "a"), ("ii", "ia"), ("ji", "ja"), ("y", "a"), ("i", "a"), ("ie", "a"), ("cie", "ta"), ("dzie", "da"), ("rze", "ra"), ("le", "la"), ("nie", "na"), ("ce", "ka")] where form.hasSuffix(suffix) {
      let cand = String(form.dropLast(suffix.count)) + repl
      if feminine.contains(cand) { return (cand, true) }
    }
    // Masculine: Piotra, Piotrowi, Piotrem, Piotrze, Jacka (fleeting e), Pawła, Jana, Michała
    for suffix in ["owi", "em", "iem", "a", "u", "e", "ie"] where form.hasSuffix(suffix) {
      let stem = String(form.dropLast(suffix.count))
      if masculine.contains(stem) { return (stem, false) }
      for (a, b) in [("rz", "r"), ("k", "ek"), ("ł", "eł"), ("c", "ec")] where stem.hasSuffix(a) {
        let cand = String(stem.dropLast(a.count)) + b
        if masculine.contains(cand) { return (cand, false) }
      }
      if stem.hasSuffix("ci") || stem.hasSuffix("dzi") {
        let c1 = String(stem.dropLast(stem.hasSuffix("ci") ? 2 : 3)) + (stem.hasSuffix("ci") ? "t" : "d")
        if masculine.contains(c1) { return (c1, false) }
      }
    }
    // -a masculine names (Kuba → Kuby) are rare; leave them.
    return nil
  }
}
