# What a Windows installation holds, all in one folder beside jixiao.exe:
# `cmake --install` fills it (scripts/windows/package.sh makes the installer
# and the zip from it). There is no windeployqt in a cross build, so the Qt
# files are listed here — exactly what the program loads.
set(_dest .)
install(TARGETS jixiao jixiao-cli RUNTIME DESTINATION ${_dest})

# Qt's libraries and the plugins they load at run time.
foreach(_lib Core Gui Widgets Sql PrintSupport)
  install(FILES $<TARGET_FILE:Qt6::${_lib}> DESTINATION ${_dest})
endforeach()
# jixiao.exe and jixiao-cli.exe always run on the windows platform (a Windows
# PC has a display), so no other platform plugin is shipped.
install(FILES $<TARGET_FILE:Qt6::QWindowsIntegrationPlugin> DESTINATION ${_dest}/platforms)
install(FILES $<TARGET_FILE:Qt6::QSQLiteDriverPlugin> DESTINATION ${_dest}/sqldrivers)
# The shared store: Qt's PostgreSQL driver and libpq.dll (OpenSSL linked in),
# cross-built apart from Qt by scripts/windows/build-pq.sh.
set(JIXIAO_WIN_QPSQL_DIR "" CACHE PATH "Folder with bin/libpq.dll and plugins/sqldrivers/qsqlpsql.dll")
if(JIXIAO_WIN_QPSQL_DIR)
  install(FILES ${JIXIAO_WIN_QPSQL_DIR}/plugins/sqldrivers/qsqlpsql.dll DESTINATION ${_dest}/sqldrivers)
  install(FILES ${JIXIAO_WIN_QPSQL_DIR}/bin/libpq.dll DESTINATION ${_dest})
endif()
install(FILES $<TARGET_FILE:Qt6::QWindowsVistaStylePlugin> DESTINATION ${_dest}/styles)

# Without qt.conf Qt would take the folder above the installation as its
# prefix and look for plugins there.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/qt.conf "[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/qt.conf DESTINATION ${_dest})

# Qt's own zh_CN strings (standard and print dialogs); ours are built into
# the program. A cross build takes them from the build machine's Qt
# (Debian's qt6-translations-l10n): the .qm files are the same everywhere.
find_file(JIXIAO_QTBASE_QM qtbase_zh_CN.qm
  PATHS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS} ${QT_HOST_PATH}/share/qt6/translations
  NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
install(FILES ${JIXIAO_QTBASE_QM} DESTINATION ${_dest}/translations)

# The compiler's run-time libraries.
if(MINGW)
  foreach(_dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${_dll}
      OUTPUT_VARIABLE _path OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT IS_ABSOLUTE "${_path}" OR NOT EXISTS "${_path}")
      message(FATAL_ERROR "The MinGW run-time library ${_dll} is not where the compiler says (${_path})")
    endif()
    install(FILES ${_path} DESTINATION ${_dest})
  endforeach()
elseif(MSVC)
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${_dest})
  include(InstallRequiredSystemLibraries)
endif()
