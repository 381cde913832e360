package org.nordcrm.bench.data;

import java.util.List;

/** Word lists for generated data: common Norwegian and Swedish names, trades, towns and streets. */
final class Names {

	private Names() {
	}

	record Town(String postcode, String city) {
	}

	record Country(String code, List<String> firstNames, List<String> lastNames, List<String> trades,
			List<String> nature, List<String> forms, List<Town> towns, List<String> streetWords, List<String> streetKinds,
			List<String> titles, String webDomain) {
	}

	static final Country NORWAY = new Country("NO",
			List.of("Ole", "Lars", "Knut", "Per", "Jan", "Hans", "Bjørn", "Arne", "Morten", "Eirik", "Håkon", "Sindre",
					"Magnus", "Jonas", "Anders", "Kristian", "Øyvind", "Tore", "Geir", "Stian", "Anne", "Kari", "Ingrid",
					"Marit", "Liv", "Hilde", "Silje", "Ida", "Nora", "Emma", "Ingeborg", "Solveig", "Åse", "Ragnhild",
					"Tone", "Camilla", "Mari", "Astrid", "Sigrid", "Guro", "Even", "Trond", "Frode", "Espen", "Vegard"),
			List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
					"Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
					"Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Moen", "Gundersen",
					"Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Bakken", "Mathisen",
					"Lie", "Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Holm",
					"Lien", "Hauge", "Sæther", "Aas", "Myhre", "Haugland", "Sandvik", "Rønning", "Næss", "Vik", "Ruud",
					"Strøm", "Myklebust", "Tangen", "Ødegård", "Helland", "Bøe", "Aune", "Tveit", "Brekke", "Løken",
					"Bråten", "Skjærvø", "Øverland", "Fjærli", "Grønli", "Kvåle", "Bjørnstad", "Løvås", "Sætre"),
			List.of("Bygg", "Elektro", "Rør", "Transport", "Regnskap", "Eiendom", "Maskin", "Data", "Marine", "Fisk",
					"Handel", "Trevare", "Maling", "Revisjon", "Snekkeri", "Bil", "Tak", "Anlegg", "Entreprenør",
					"Consulting", "Teknikk", "Service", "Invest", "Holding", "Design", "Media", "Shipping", "Havbruk",
					"Energi", "Interiør", "Rådgivning", "Blikk", "Gartneri", "Logistikk"),
			List.of("Fjord", "Fjell", "Nordlys", "Bølge", "Furu", "Bjørk", "Havørn", "Vik", "Tind", "Øy", "Skog", "Elv",
					"Stein", "Midnatt", "Polar", "Kyst", "Viking", "Lofot", "Trollheim", "Snøhvit"),
			List.of("AS", "AS", "AS", "AS", "AS", "AS", "AS", "ENK", "ENK", "DA", "ASA"),
			List.of(new Town("0150", "Oslo"), new Town("0250", "Oslo"), new Town("0460", "Oslo"), new Town("0560", "Oslo"),
					new Town("0661", "Oslo"), new Town("1337", "Sandvika"), new Town("1401", "Ski"), new Town("1530", "Moss"),
					new Town("1606", "Fredrikstad"), new Town("1706", "Sarpsborg"), new Town("2000", "Lillestrøm"),
					new Town("2317", "Hamar"), new Town("2609", "Lillehammer"), new Town("2815", "Gjøvik"),
					new Town("3015", "Drammen"), new Town("3110", "Tønsberg"), new Town("3210", "Sandefjord"),
					new Town("3510", "Hønefoss"), new Town("3616", "Kongsberg"), new Town("3717", "Skien"),
					new Town("3915", "Porsgrunn"), new Town("4006", "Stavanger"), new Town("4306", "Sandnes"),
					new Town("4608", "Kristiansand"), new Town("4836", "Arendal"), new Town("5003", "Bergen"),
					new Town("5145", "Fyllingsdalen"), new Town("5411", "Stord"), new Town("5527", "Haugesund"),
					new Town("6002", "Ålesund"), new Town("6413", "Molde"), new Town("6800", "Førde"),
					new Town("7010", "Trondheim"), new Town("7500", "Stjørdal"), new Town("7713", "Steinkjer"),
					new Town("8006", "Bodø"), new Town("8300", "Svolvær"), new Town("8514", "Narvik"),
					new Town("8622", "Mo i Rana"), new Town("9008", "Tromsø"), new Town("9510", "Alta"),
					new Town("9600", "Hammerfest"), new Town("9900", "Kirkenes"), new Town("6509", "Kristiansund"),
					new Town("2212", "Kongsvinger"), new Town("4400", "Flekkefjord"), new Town("7800", "Namsos")),
			List.of("Stor", "Kirke", "Skole", "Stasjons", "Industri", "Strand", "Fjord", "Bjørke", "Granlund", "Solli",
					"Haug", "Nygård", "Øvre", "Møller", "Dronning", "Konge", "Havne", "Løkke", "Sjø", "Åsen"),
			List.of("veien", "gata", "vegen", "gaten", "bakken", "lia"),
			List.of("Daglig leder", "Økonomisjef", "Salgssjef", "Innkjøpssjef", "Markedssjef", "Konsulent",
					"Regnskapsfører", "Prosjektleder", "Styreleder", "Kundeansvarlig"),
			"no");

	static final Country SWEDEN = new Country("SE",
			List.of("Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Olof", "Sven", "Björn",
					"Gustav", "Oskar", "Axel", "Hugo", "Linnea", "Maja", "Elsa", "Astrid", "Karin", "Anna", "Eva",
					"Ingrid", "Sara", "Emma", "Ebba", "Saga", "Alva", "Klara", "Märta", "Åsa", "Ulla", "Agneta",
					"Birgitta", "Sofia", "Lena", "Göran", "Håkan", "Jörgen", "Örjan"),
			List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
					"Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
					"Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Axelsson",
					"Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg",
					"Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk",
					"Bergman", "Holm", "Wikström", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
					"Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Nordström", "Mårtensson", "Lundström", "Viklund",
					"Björklund", "Pålsson", "Berggren", "Sandström", "Nordin", "Ström", "Åberg", "Ekström", "Holmgren",
					"Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Öberg", "Månsson", "Strand"),
			List.of("Bygg", "El", "VVS", "Transport", "Redovisning", "Fastigheter", "Maskin", "Data", "Konsult",
					"Handel", "Snickeri", "Måleri", "Revision", "Bil", "Tak", "Teknik", "Service", "Invest", "Holding",
					"Design", "Media", "Energi", "Logistik", "Städ", "Säkerhet", "Trädgård"),
			List.of("Fjäll", "Norrsken", "Björk", "Gran", "Älv", "Sjö", "Ek", "Lind", "Havs", "Skär", "Åker", "Ljung",
					"Nord", "Vind", "Berg", "Lärk"),
			List.of("AB", "AB", "AB", "AB", "AB", "AB", "AB", "AB", "HB", "Enskild firma"),
			List.of(new Town("111 20", "Stockholm"), new Town("113 50", "Stockholm"), new Town("118 46", "Stockholm"),
					new Town("171 64", "Solna"), new Town("411 05", "Göteborg"), new Town("412 58", "Göteborg"),
					new Town("211 20", "Malmö"), new Town("222 21", "Lund"), new Town("252 21", "Helsingborg"),
					new Town("302 43", "Halmstad"), new Town("352 30", "Växjö"), new Town("392 32", "Kalmar"),
					new Town("451 30", "Uddevalla"), new Town("502 30", "Borås"), new Town("553 15", "Jönköping"),
					new Town("582 24", "Linköping"), new Town("602 32", "Norrköping"), new Town("632 20", "Eskilstuna"),
					new Town("703 61", "Örebro"), new Town("722 15", "Västerås"), new Town("753 20", "Uppsala"),
					new Town("791 71", "Falun"), new Town("802 50", "Gävle"), new Town("852 30", "Sundsvall"),
					new Town("903 26", "Umeå"), new Town("972 31", "Luleå"), new Town("831 30", "Östersund"),
					new Town("652 24", "Karlstad"), new Town("891 33", "Örnsköldsvik"), new Town("981 31", "Kiruna")),
			List.of("Stor", "Kyrko", "Skol", "Stations", "Industri", "Strand", "Björk", "Gran", "Sol", "Ek", "Lind",
					"Hamn", "Drottning", "Kungs", "Mölle", "Åker", "Sjö", "Väster", "Öster", "Norr"),
			List.of("vägen", "gatan", "stigen", "backen", "gränd"),
			List.of("VD", "Ekonomichef", "Försäljningschef", "Inköpschef", "Marknadschef", "Konsult",
					"Redovisningsekonom", "Projektledare", "Styrelseordförande", "Kundansvarig"),
			"se");

	/** NACE industry codes of common small-business trades. */
	static final List<String> NACE = List.of("41.200", "43.210", "43.220", "43.320", "45.200", "46.900", "47.110",
			"49.410", "62.010", "62.020", "68.209", "69.201", "70.220", "71.121", "73.110", "03.211", "10.200",
			"56.101", "81.210", "86.230");
}
